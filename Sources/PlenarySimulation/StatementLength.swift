// How long a written statement takes to deliver at a pace interpreters can follow.
// Usual guidance for English and French is 100–120 words a minute; Chinese and
// Japanese are counted in characters (assumed 180 and 240 a minute here: a slow,
// interpretable pace; change them with flags).

public struct StatementEstimate: Sendable, Hashable {
    public var words: Int
    /// Han, kana and Hangul characters, counted apart from words.
    public var cjkCharacters: Int
    public var duration: Duration
    public var limit: Duration
    public var fits: Bool { duration <= limit }
    /// How many words fit in the limit at this pace (for the non-CJK part).
    public var wordsThatFit: Int
}

public struct DeliveryPace: Sendable, Hashable {
    public var wordsPerMinute: Double = 110
    public var chineseCharactersPerMinute: Double = 180
    public var japaneseCharactersPerMinute: Double = 240
    public init() {}
}

public enum StatementLength {
    public static func estimate(_ text: String, limit: Duration, pace: DeliveryPace = DeliveryPace())
        -> StatementEstimate
    {
        var words = 0
        var han = 0
        var kana = 0
        var hangul = 0
        var inWord = false
        for s in text.unicodeScalars {
            let v = s.value
            if (0x3040...0x30FF).contains(v) {
                kana += 1
                inWord = false
                continue
            }
            if (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) {
                han += 1
                inWord = false
                continue
            }
            if (0xAC00...0xD7A3).contains(v) {
                hangul += 1
                inWord = false
                continue
            }
            let letter = s.properties.isAlphabetic || s.properties.numericType != nil
            let joiner = s == "'" || s == "’" || s == "-"
            if letter {
                if !inWord { words += 1 }
                inWord = true
            } else if !(joiner && inWord) {
                inWord = false
            }
        }
        // Kana in the text means Japanese; otherwise Han characters are read as Chinese.
        let cjkPerMinute = kana > 0 ? pace.japaneseCharactersPerMinute : pace.chineseCharactersPerMinute
        let cjk = han + kana
        var minutes = Double(words) / pace.wordsPerMinute + Double(cjk) / cjkPerMinute
        // Korean is spaced into words; count syllable blocks as a word every three.
        minutes += Double(hangul) / 3 / pace.wordsPerMinute
        let duration = Duration.milliseconds(Int64((minutes * 60_000).rounded()))
        let wordsThatFit = Int(Double(limit.wholeMilliseconds) / 60_000 * pace.wordsPerMinute)
        return StatementEstimate(
            words: words + hangul / 3, cjkCharacters: cjk, duration: duration, limit: limit,
            wordsThatFit: wordsThatFit)
    }
}
