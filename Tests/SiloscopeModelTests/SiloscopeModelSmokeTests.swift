import Testing

@Test func placeholderSiloscopeModel() { #expect(1 + 1 == 2) }
