import Testing

@Test func placeholderSiloscopeImport() { #expect(1 + 1 == 2) }
