// SiloscopeEngine: placeholder until its capability lands.
