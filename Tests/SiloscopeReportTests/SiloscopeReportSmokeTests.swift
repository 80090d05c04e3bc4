import Testing

@Test func placeholderSiloscopeReport() { #expect(1 + 1 == 2) }
