using Parley.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Parley.Formats.Yaml;

/// <summary>
/// Turns YAML text into <see cref="YamlNode"/>s with positions, reporting syntax errors, duplicate keys,
/// unknown aliases, excessive nesting and alias expansion beyond <see cref="YamlLimits.MaxExpandedNodes"/>
/// as diagnostics. Never throws for bad input.
/// </summary>
internal static class YamlDocumentLoader
{
    /// <summary>Loads the first document of <paramref name="text"/>; null when it cannot be used.</summary>
    public static YamlNode? Load(string text, string file, List<Diagnostic> diagnostics)
    {
        var anchors = new Dictionary<string, (YamlNode Node, long Size)>(StringComparer.Ordinal);
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            long expanded = 0;
            var root = ReadNode(parser, file, diagnostics, anchors, depth: 0, ref expanded);
            if (root is null)
            {
                return null;
            }

            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var next))
            {
                diagnostics.Add(Diagnostic.Warning(
                    ScenarioDiagnosticCodes.ExtraDocument,
                    "The file holds more than one YAML document; only the first is read. Remove the '---' separator and what follows, or move it to its own file.",
                    new SourceLocation(file, (int)next.Start.Line, (int)next.Start.Column, string.Empty)));
            }

            return root;
        }
        catch (YamlException ex)
        {
            // YamlDotNet puts the position in the message too; keep only the sentence.
            string reason = ex.Message;
            int cut = reason.IndexOf("): ", StringComparison.Ordinal);
            if (reason.StartsWith('(') && cut > 0)
            {
                reason = reason[(cut + 3)..];
            }

            diagnostics.Add(Diagnostic.Error(
                ScenarioDiagnosticCodes.NotYaml,
                $"This is not valid YAML: {reason.TrimEnd('.')}. Check indentation, colons and quotes on this line or the one before.",
                new SourceLocation(file, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column), string.Empty)));
            return null;
        }
        catch (LimitExceededException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, for a plain value inside [ ] or { } that
            // continues on a line indented less than the key that holds the collection. It is bad input.
            diagnostics.Add(Diagnostic.Error(
                ScenarioDiagnosticCodes.NotYaml,
                "This is not valid YAML: a list or mapping in brackets ([ ] or { }) continues after this point on a line indented less than its key. Indent the continuation lines more than the key, or keep the brackets on one line.",
                new SourceLocation(file, (int)Math.Max(1, parser.LastEnd.Line), (int)Math.Max(1, parser.LastEnd.Column), string.Empty)));
            return null;
        }
    }

    private static YamlNode? ReadNode(
        TrackingParser parser,
        string file,
        List<Diagnostic> diagnostics,
        Dictionary<string, (YamlNode Node, long Size)> anchors,
        int depth,
        ref long expanded)
    {
        if (parser.Current is null)
        {
            // YamlDotNet ends the event stream without an error for some malformed documents (a key that is
            // a bare "- :" inside a list, say): the node that should come next is missing.
            diagnostics.Add(Diagnostic.Error(
                ScenarioDiagnosticCodes.NotYaml,
                "This is not valid YAML: the document ends where a value or key was expected after this point. Check the dashes, colons and indentation here.",
                new SourceLocation(file, (int)Math.Max(1, parser.LastEnd.Line), (int)Math.Max(1, parser.LastEnd.Column), string.Empty)));
            throw new LimitExceededException();
        }

        var start = parser.Current.Start;
        int line = (int)start.Line;
        int column = (int)start.Column;
        if (depth > YamlLimits.MaxDepth)
        {
            diagnostics.Add(Diagnostic.Error(
                ScenarioDiagnosticCodes.TooComplex,
                $"The document nests deeper than {YamlLimits.MaxDepth} levels. A scenario never needs this; flatten the structure.",
                new SourceLocation(file, line, column, string.Empty)));
            throw new LimitExceededException();
        }

        long before = expanded;
        YamlNode node;
        string? anchor = null;
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!anchors.TryGetValue(alias.Value.Value, out var target))
            {
                diagnostics.Add(Diagnostic.Error(
                    ScenarioDiagnosticCodes.NotYaml,
                    $"The alias '*{alias.Value.Value}' names no anchor defined before it. Define '&{alias.Value.Value}' first, or write the value out.",
                    new SourceLocation(file, line, column, string.Empty)));
                return new YamlScalar(line, column, string.Empty, false);
            }

            expanded += target.Size;
            CheckExpansion(expanded, file, line, column, diagnostics);

            // Re-anchor the shared node at the alias's own position for diagnostics about this use.
            return target.Node;
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
            node = new YamlScalar(line, column, scalar.Value, scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded);
            expanded++;
        }
        else if (parser.TryConsume<SequenceStart>(out var seqStart))
        {
            anchor = seqStart.Anchor.IsEmpty ? null : seqStart.Anchor.Value;
            expanded++;
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                var item = ReadNode(parser, file, diagnostics, anchors, depth + 1, ref expanded);
                if (item is not null)
                {
                    items.Add(item);
                }
            }

            node = new YamlSequence(line, column, items);
        }
        else if (parser.TryConsume<MappingStart>(out var mapStart))
        {
            anchor = mapStart.Anchor.IsEmpty ? null : mapStart.Anchor.Value;
            expanded++;
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, file, diagnostics, anchors, depth + 1, ref expanded);
                var valueNode = ReadNode(parser, file, diagnostics, anchors, depth + 1, ref expanded);
                if (keyNode is not YamlScalar key)
                {
                    if (keyNode is not null)
                    {
                        diagnostics.Add(Diagnostic.Error(
                            ScenarioDiagnosticCodes.WrongType,
                            "A key must be a plain word, not a list or mapping. Write the key as text.",
                            new SourceLocation(file, keyNode.Line, keyNode.Column, string.Empty)));
                    }

                    continue;
                }

                if (!seen.Add(key.Value))
                {
                    diagnostics.Add(Diagnostic.Error(
                        ScenarioDiagnosticCodes.DuplicateKey,
                        $"The key '{key.Value}' appears twice in this mapping; the second is ignored. Keep one of them.",
                        new SourceLocation(file, key.Line, key.Column, string.Empty)));
                    continue;
                }

                entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, valueNode ?? new YamlScalar(key.Line, key.Column, string.Empty, false)));
            }

            node = new YamlMapping(line, column, entries);
        }
        else
        {
            // Comments and other events carry no data; skip them.
            parser.MoveNext();
            return ReadNode(parser, file, diagnostics, anchors, depth, ref expanded);
        }

        CheckExpansion(expanded, file, line, column, diagnostics);
        if (anchor is not null)
        {
            anchors[anchor] = (node, expanded - before);
        }

        return node;
    }

    private static void CheckExpansion(long expanded, string file, int line, int column, List<Diagnostic> diagnostics)
    {
        if (expanded > YamlLimits.MaxExpandedNodes)
        {
            diagnostics.Add(Diagnostic.Error(
                ScenarioDiagnosticCodes.AliasExpansion,
                $"Anchors and aliases here expand to more than {YamlLimits.MaxExpandedNodes:N0} nodes, which Parley refuses (a guard against 'billion laughs' files). Write the repeated parts out, or use fewer nested aliases.",
                new SourceLocation(file, line, column, string.Empty)));
            throw new LimitExceededException();
        }
    }

    // Private control flow for a refused document; never escapes Load.
    private sealed class LimitExceededException : Exception
    {
    }
}
