namespace Parley.Formats.Yaml;

/// <summary>Bounds that keep a hostile or mistaken file from exhausting memory or time.</summary>
public static class YamlLimits
{
    /// <summary>Largest file read, in bytes (10 MB); larger files are refused before parsing.</summary>
    public const long MaxFileBytes = 10L * 1024 * 1024;

    /// <summary>
    /// Largest number of nodes the document may have once every alias is expanded. Aliases are shared, not
    /// copied, but a reader that walks them would visit each copy: this bound stops "billion laughs".
    /// </summary>
    public const long MaxExpandedNodes = 1_000_000;

    /// <summary>Deepest nesting accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Most actors a scenario may list. Forecasts cost the cube of the actor count (about 4 s a round at
    /// 1,000 actors) and the expected utility model's tables its square.
    /// </summary>
    public const int MaxActors = 1_000;

    /// <summary>Most issues a scenario may list.</summary>
    public const int MaxIssues = 200;

    /// <summary>Most options one issue may list.</summary>
    public const int MaxOptionsPerIssue = 1_000;
}
