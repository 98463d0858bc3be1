namespace Parley.Web.Tests.Hosting;

/// <summary>
/// A fact that packs and installs the <c>parley</c> tool (minutes on a loaded machine): run only with
/// <c>PARLEY_PACK_TEST=1</c>, skipped with one line otherwise (see docs/web.md).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PackedToolFactAttribute : FactAttribute
{
    public PackedToolFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("PARLEY_PACK_TEST") != "1")
        {
            Skip = "Set PARLEY_PACK_TEST=1 to pack the tool, install it into a temporary tool path and serve from it (minutes).";
        }
    }
}
