using System.Xml;

namespace Parley.Formats.Text;

/// <summary>
/// Refuses XML nested deeper than a limit in one streaming pass, before any tree is built or walked: a
/// file nested 100,000 deep would otherwise take seconds to load and overflow the stack of a recursive
/// reader.
/// </summary>
internal static class XmlNesting
{
    /// <summary>The deepest element nesting Parley reads (the same limit as YAML and JSON).</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Reads <paramref name="text"/> once; throws <see cref="XmlException"/> with line and position at the
    /// first element deeper than <see cref="MaxDepth"/>, or at the first syntax error.
    /// </summary>
    public static void Check(string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        using var input = new StringReader(text);
        using var reader = XmlReader.Create(input, settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Depth >= MaxDepth)
            {
                var info = (IXmlLineInfo)reader;
                throw new XmlException($"Elements are nested more than {MaxDepth} deep here; Parley reads at most {MaxDepth} levels. Flatten the file.", null, info.LineNumber, info.LinePosition);
            }
        }
    }
}
