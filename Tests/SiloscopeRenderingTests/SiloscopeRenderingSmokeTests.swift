import Testing

@Test func placeholderSiloscopeRendering() { #expect(1 + 1 == 2) }
