extension Int {
    /// The integer nearest `value` toward zero, saturating instead of trapping: NaN gives 0,
    /// values beyond the range give `Int.max` or `Int.min`. For figures computed from a
    /// model (shares, counts, pixel sizes) that reach an integer for display or indexing,
    /// where `Int(_:)` would stop the program on an extreme input.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 9_223_372_036_854_775_807 {
            self = .max
        } else if value <= -9_223_372_036_854_775_808 {
            self = .min
        } else {
            self = Int(value)
        }
    }
}
