// SiloscopeSimulation: placeholder until its capability lands.
