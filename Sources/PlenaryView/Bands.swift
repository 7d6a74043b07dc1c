// Rows drawn from a model. Each part of the console first works out what it shows
// (strings and roles: a Hashable model, with no clock in it) and its rows are then
// drawn from that model alone, on a blank band the width of the screen. The console
// draws up to three frames a second and most of each is what the last one showed;
// given a BandCache, rows whose model is unchanged are copied, not drawn again.
// Copying cannot go stale: a band is a function of its model and the width.

/// Bands drawn in recent frames, by model. Used by one console, on its one queue.
public final class BandCache {
    struct Key: Hashable {
        let model: AnyHashable
        let width: Int
        let maxHeight: Int
    }

    /// Bands used in this frame, and the ones from the frame before (kept one more
    /// frame, so a band that comes back after a second is still there; older ones go).
    private var current: [Key: (Grid, Int)] = [:]
    private var previous: [Key: (Grid, Int)] = [:]
    public private(set) var hits = 0, misses = 0

    public init() {}

    func band(_ key: Key) -> (Grid, Int)? {
        if let b = current[key] { hits += 1; return b }
        if let b = previous[key] {
            hits += 1
            current[key] = b
            return b
        }
        misses += 1
        return nil
    }

    func store(_ band: (Grid, Int), for key: Key) { current[key] = band }

    /// Called once a frame is complete: bands not used in it or the frame before are let go.
    public func endFrame() {
        previous = current
        current = [:]
    }
}

extension Grid {
    /// Draws the band for `model` from row `y`: at most `maxHeight` rows, as many as
    /// `draw` says it used. `draw` gets a blank grid of this width and must read
    /// nothing but the model (that is what makes the cache safe). Returns the rows used.
    @discardableResult
    mutating func band<Model: Hashable>(_ model: Model, y: Int, maxHeight: Int, cache: BandCache?,
                                        draw: (Model, inout Grid) -> Int) -> Int {
        let key = BandCache.Key(model: AnyHashable(model), width: width, maxHeight: maxHeight)
        if let (band, used) = cache?.band(key) {
            paste(band, rows: used, y: y)
            return used
        }
        var band = Grid(width: width, height: maxHeight)
        let used = min(maxHeight, max(0, draw(model, &band)))
        cache?.store((band, used), for: key)
        paste(band, rows: used, y: y)
        return used
    }
}
