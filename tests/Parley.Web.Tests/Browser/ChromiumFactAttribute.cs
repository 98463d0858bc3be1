namespace Parley.Web.Tests.Browser;

/// <summary>A fact that needs Debian's Chromium (<c>/usr/bin/chromium</c>); skipped with one line when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"{Chromium} is absent: browser tests skipped (apt-get install chromium; .ci/run installs it).";
        }
    }
}
