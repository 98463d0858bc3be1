using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Parley.Formats.Yaml;

/// <summary>
/// A YAML parser that remembers where the last event it produced ended, so that a fault the underlying
/// parser reports without a position (YamlDotNet's scanner throws <see cref="InvalidOperationException"/>
/// on some malformed flow collections) can still be located.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    /// <summary>Where the last event ended (line and column, 1-based); 1:1 before the first.</summary>
    public Mark LastEnd { get; private set; } = Mark.Empty;

    /// <inheritdoc />
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (inner.Current is { } current)
        {
            LastEnd = current.End;
        }

        return inner.MoveNext();
    }
}
