// SiloscopeImport: placeholder until its capability lands.
