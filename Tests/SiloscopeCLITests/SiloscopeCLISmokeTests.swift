import Testing

@Test func placeholderSiloscopeCLI() { #expect(1 + 1 == 2) }
