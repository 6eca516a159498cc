extension Double {
    /// The number as an integer when it is whole and below 10^15 in magnitude (where a double
    /// holds every integer exactly): how answers, records, CSV cells and messages write numbers
    /// such as `40` or `5000000` rather than `40.0` or `5e+06`.
    public var wholeNumber: Int64? {
        self == rounded() && abs(self) < 1e15 ? Int64(self) : nil
    }
}
