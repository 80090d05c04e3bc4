// SiloscopeDiagnosis: placeholder until its capability lands.
