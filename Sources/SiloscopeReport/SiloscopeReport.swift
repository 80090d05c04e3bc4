// SiloscopeReport: placeholder until its capability lands.
