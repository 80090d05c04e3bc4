import Testing

@Test func placeholderSiloscopeSimulation() { #expect(1 + 1 == 2) }
