using System.Text;
using CsCheck;
using Parley.Formats.Yaml;

namespace Parley.Formats.Tests.Claims;

/// <summary>
/// A claim test with a bad property written in every scalar style (plain, single- and double-quoted with
/// escapes, folded block over several lines): the diagnostic's line and column must land on the bad
/// token in the file.
/// </summary>
public sealed class ClaimTestPositionTests
{
    private const string Head = """
        title: Positions inside claim tests
        actors:
          - {id: A, role: party}
          - {id: B, role: party}
        issues:
          - {id: price, track: deal, options: [low, high]}
        positions:
          - actor: A
            issues:
              price: {prefer: low}
          - actor: B
            issues:
              price: {prefer: high}
        claims:
          - id: c
            statement: A claim.

        """;

    private static readonly string[] Queries = ["agreement(track: deal).empty", "agreement(track: 'deal').size > 0", "forecast(issue: price, model: weighted-mean).median <= 3", "not agreement(track: deal).empty"];

    [Fact]
    public void Read_BadTokenInAnyScalarStyle_IsPointedAtExactly()
    {
        var gen = Gen.Select(Gen.Int[0, 3].Array[0, 3], Gen.Int[1, 3], Gen.Int[0, 3], Gen.Bool);
        gen.Sample((prefix, spaces, style, escape) =>
        {
            string gap = new(' ', spaces);
            var parts = prefix.Select(i => Queries[i]).Append("forecast(issue: price).zzbad <= 3");
            string test = string.Join($"{gap}and{gap}", parts);
            string scalar = Write(test, style, escape);
            string yaml = Head.Replace("\r\n", "\n", StringComparison.Ordinal) + "    test: " + scalar + "\n";

            var result = ScenarioReader.Read(yaml, "positions.yaml");

            var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == ScenarioDiagnosticCodes.ClaimTest);
            string line = yaml.Split('\n')[diagnostic.Location.Line - 1];
            Assert.StartsWith("zzbad", line[(diagnostic.Location.Column - 1)..], StringComparison.Ordinal);
        }, iter: 200);
    }

    private static string Write(string test, int style, bool escape)
    {
        switch (style)
        {
            case 0:
                // Plain: no ': ' allowed, so the colons lose their space; quotes stay as they are.
                return test.Replace(": ", ":", StringComparison.Ordinal);
            case 1:
                return "'" + test.Replace("'", "''", StringComparison.Ordinal) + "'";
            case 2:
            {
                var text = new StringBuilder("\"");
                int bad = test.IndexOf("zzbad", StringComparison.Ordinal);
                for (int i = 0; i < test.Length; i++)
                {
                    char c = test[i];
                    if (c == '"' || c == '\\')
                    {
                        text.Append('\\').Append(c);
                    }
                    else if (escape && i < bad && c == 'e')
                    {
                        text.Append("\\x65");
                    }
                    else if (escape && i < bad && c == 'm')
                    {
                        text.Append("\\u006d");
                    }
                    else
                    {
                        text.Append(c);
                    }
                }

                return text.Append('"').ToString();
            }

            default:
            {
                // Folded block: break at single spaces between words, one word group per line.
                var words = test.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var lines = new List<string>();
                for (int i = 0; i < words.Length; i += escape ? 2 : 3)
                {
                    lines.Add(string.Join(' ', words.Skip(i).Take(escape ? 2 : 3)));
                }

                return ">-\n" + string.Join("\n", lines.Select(l => "      " + l));
            }
        }
    }
}
