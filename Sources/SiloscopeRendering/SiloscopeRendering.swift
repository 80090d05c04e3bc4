// SiloscopeRendering: placeholder until its capability lands.
