// SiloscopeModel: placeholder.
