// SiloscopeGraph: placeholder until its capability lands.
