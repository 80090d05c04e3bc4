import Testing

@Test func placeholderSiloscopeEngine() { #expect(1 + 1 == 2) }
