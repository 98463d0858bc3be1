namespace Parley.Tests;

/// <summary>
/// A fact that drives Debian's Chromium at <see cref="Path"/>: skipped, with one line saying how to get
/// it, where it is not installed (<c>.ci/run</c> installs it, so it runs in CI).
/// </summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Where Debian's package puts Chromium.</summary>
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"needs Chromium at {Path}: install it with `apt-get install -y chromium` (.ci/run does this)";
        }
    }
}
