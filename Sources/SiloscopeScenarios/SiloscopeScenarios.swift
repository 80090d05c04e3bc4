// SiloscopeScenarios: placeholder until its capability lands.
