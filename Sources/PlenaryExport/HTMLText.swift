/// The one HTML escaper, for the report and for `plenary serve`'s pages: text safe
/// inside an element or a quoted attribute.
public enum HTMLText {
    public static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
