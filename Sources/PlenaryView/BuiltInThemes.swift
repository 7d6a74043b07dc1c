// Generated from Themes/*.theme: the built-in themes travel inside the binary so
// `plenary run` works from any directory. A test checks each copy equals its file;
// after editing a theme, run `scripts/embed-themes` to regenerate this file.

enum BuiltInThemes {
    static let files: [String: String] = [
        "dark": #"""
        # Plenary theme: dark (the default), for a dark terminal background.
        # role = foreground background [attributes]   (see docs/console.md)
        normal       = default default
        title        = black cyan bold
        status       = cyan default
        dim          = bright-black default
        label        = cyan default bold
        speaker      = bright-white default bold
        onTime       = black green bold
        wrapUp       = black yellow bold
        final        = black bright-red bold
        time         = bright-white red bold
        overrun      = bright-white magenta bold
        paused       = bright-white blue bold
        called       = black cyan bold
        idle         = default default bold
        warning      = bright-yellow default bold
        banner       = bright-white red bold
        legend       = black white
        legendKey    = bright-white blue bold
        selection    = bright-white blue bold
        message      = green default
        done         = bright-black default
        waiting      = default default
        skipped      = yellow default
        withdrawn    = bright-black default
        overlay      = bright-white blue
        overlayTitle = black yellow bold
        input        = black white bold
        speakerMessage = black bright-white bold
        """# + "\n",
        "high-contrast": #"""
        # Plenary theme: high contrast. Black and white with loud stage bands; every
        # stage also differs by attribute, not only by colour.
        # role = foreground background [attributes]   (see docs/console.md)
        normal       = bright-white black
        title        = black bright-white bold
        status       = bright-white black bold
        dim          = white black
        label        = bright-yellow black bold
        speaker      = bright-white black bold underline
        onTime       = black bright-green bold
        wrapUp       = black bright-yellow bold
        final        = black bright-red bold underline
        time         = bright-white red bold reverse
        overrun      = bright-yellow red bold underline
        paused       = black bright-cyan bold
        called       = black bright-white bold
        idle         = bright-white black bold
        warning      = bright-yellow black bold underline
        banner       = bright-yellow red bold
        legend       = black bright-white
        legendKey    = black bright-yellow bold
        selection    = black bright-white bold
        message      = bright-green black bold
        done         = white black
        waiting      = bright-white black
        skipped      = bright-yellow black
        withdrawn    = white black dim
        overlay      = black bright-white
        overlayTitle = bright-white black bold
        input        = black bright-yellow bold
        speakerMessage = black bright-white bold underline
        """# + "\n",
        "light": #"""
        # Plenary theme: light, for a white or pale terminal background.
        # role = foreground background [attributes]   (see docs/console.md)
        normal       = default default
        title        = bright-white blue bold
        status       = blue default
        dim          = bright-black default
        label        = blue default bold
        speaker      = black default bold
        onTime       = bright-white green bold
        wrapUp       = black yellow bold
        final        = bright-white bright-red bold
        time         = bright-white red bold
        overrun      = bright-white magenta bold
        paused       = bright-white blue bold
        called       = bright-white cyan bold
        idle         = default default bold
        warning      = red default bold
        banner       = bright-white red bold
        legend       = bright-white black
        legendKey    = black yellow bold
        selection    = bright-white blue bold
        message      = green default bold
        done         = bright-black default
        waiting      = default default
        skipped      = magenta default
        withdrawn    = bright-black default
        overlay      = black white
        overlayTitle = bright-white blue bold
        input        = bright-white black bold
        speakerMessage = bright-white black bold
        """# + "\n",
        "monochrome": #"""
        # Plenary theme: monochrome. No colour at all: bold, reverse, underline and dim
        # carry the roles. Chosen automatically with NO_COLOR or a terminal without colours.
        # role = foreground background [attributes]   (see docs/console.md)
        normal       = default default
        title        = default default reverse bold
        status       = default default bold
        dim          = default default dim
        label        = default default bold
        speaker      = default default bold
        onTime       = default default bold
        wrapUp       = default default reverse
        final        = default default reverse bold
        time         = default default reverse bold underline
        overrun      = default default reverse bold underline blink
        paused       = default default reverse dim
        called       = default default underline
        idle         = default default
        warning      = default default bold underline
        banner       = default default reverse bold blink
        legend       = default default reverse
        legendKey    = default default bold
        selection    = default default reverse
        message      = default default bold
        done         = default default dim
        waiting      = default default
        skipped      = default default underline
        withdrawn    = default default dim
        overlay      = default default reverse
        overlayTitle = default default bold underline
        input        = default default underline
        speakerMessage = default default reverse underline
        """# + "\n",
    ]
}
