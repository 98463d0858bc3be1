using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Parley.Core.Diagnostics;
using Parley.Formats.Text;

namespace Parley.Formats.Genius;

/// <summary>XML plumbing shared by the GENIUS readers: loading with line numbers, locations, numbers.</summary>
internal sealed class GeniusXml
{
    private readonly List<Diagnostic> _diagnostics;

    public GeniusXml(string file, List<Diagnostic> diagnostics)
    {
        File = file;
        _diagnostics = diagnostics;
    }

    /// <summary>The file name diagnostics use.</summary>
    public string File { get; }

    /// <summary>Parses the text; a malformed document becomes diagnostic PG0101 and null.</summary>
    public static XDocument? Load(SourceText source, List<Diagnostic> diagnostics)
    {
        try
        {
            XmlNesting.Check(source.Content);
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var text = new StringReader(source.Content);
            using var reader = XmlReader.Create(text, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            diagnostics.Add(Diagnostic.Error(
                "PG0101",
                $"The file is not well-formed XML: {e.Message.Split(" Line ")[0].TrimEnd('.', ',')}. Fix the XML syntax at this position.",
                new SourceLocation(source.Name, e.LineNumber, e.LinePosition, string.Empty)));
            return null;
        }
    }

    /// <summary>The location of an element or attribute.</summary>
    public SourceLocation At(XObject node, string path)
    {
        var info = (IXmlLineInfo)node;
        return info.HasLineInfo() ? new SourceLocation(File, info.LineNumber, info.LinePosition, path) : new SourceLocation(File, 0, 0, path);
    }

    /// <summary>Records an error.</summary>
    public void Error(string code, string message, XObject node, string path) =>
        _diagnostics.Add(Diagnostic.Error(code, message, At(node, path)));

    /// <summary>Records a warning.</summary>
    public void Warning(string code, string message, XObject node, string path) =>
        _diagnostics.Add(Diagnostic.Warning(code, message, At(node, path)));

    /// <summary>An attribute value, matched without regard to case (GENIUS files vary).</summary>
    public static XAttribute? Attribute(XElement element, string name)
    {
        foreach (var a in element.Attributes())
        {
            if (string.Equals(a.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>The child elements with a local name, matched without regard to case.</summary>
    public static IEnumerable<XElement> Children(XElement element, string name) =>
        element.Elements().Where(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the element has the local name (any case).</summary>
    public static bool Is(XElement element, string name) =>
        string.Equals(element.Name.LocalName, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a number attribute. Absent: <paramref name="fallback"/> when given, else error PG0107 naming
    /// <paramref name="what"/>. Not a number: error PG0104.
    /// </summary>
    public double? Number(XElement element, string attribute, string path, string what, double? fallback = null)
    {
        var a = Attribute(element, attribute);
        if (a is null)
        {
            if (fallback is null)
            {
                Error("PG0107", $"{what} has no '{attribute}' attribute. Add {attribute}=\"…\" with a number.", element, path);
            }

            return fallback;
        }

        if (double.TryParse(a.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v))
        {
            return v;
        }

        Error("PG0104", $"{what}: '{attribute}' is \"{a.Value}\", which is not a number. Write a decimal number such as 0.25 (a dot as decimal separator).", a, path);
        return null;
    }
}
