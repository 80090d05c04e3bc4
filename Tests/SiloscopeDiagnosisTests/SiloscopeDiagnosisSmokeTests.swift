import Testing

@Test func placeholderSiloscopeDiagnosis() { #expect(1 + 1 == 2) }
