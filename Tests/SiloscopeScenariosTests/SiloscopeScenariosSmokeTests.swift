import Testing

@Test func placeholderSiloscopeScenarios() { #expect(1 + 1 == 2) }
