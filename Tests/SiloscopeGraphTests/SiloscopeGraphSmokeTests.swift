import Testing

@Test func placeholderSiloscopeGraph() { #expect(1 + 1 == 2) }
