using System.Globalization;
using System.Text;
using CsCheck;
using Parley.Core.Agreement;
using Parley.Formats.Genius;

namespace Parley.Formats.Tests.Genius;

/// <summary>
/// Random GENIUS files (discrete, integer and real issues, random evaluations and weights, sums above 1
/// included) imported end to end: every package's utility equals GENIUS's rule computed directly from the
/// numbers written into the files, min(1, Σ w·e).
/// </summary>
public sealed class GeniusImporterPropertyTests
{
    [Fact]
    public void Import_RandomProfiles_UtilityIsGeniusRule()
    {
        Gen.Int.Sample(seed =>
        {
            var rng = new Random(seed);
            int issues = rng.Next(1, 4);
            var domain = new StringBuilder("<negotiation_template><utility_space><objective index=\"0\" name=\"root\">\n");
            var profile = new StringBuilder("<utility_space><objective index=\"0\" name=\"root\">\n");
            var evaluators = new List<Func<string, double>>();
            var weights = new List<double>();
            for (int i = 0; i < issues; i++)
            {
                int index = i + 1;
                switch (rng.Next(3))
                {
                    case 0:
                        {
                            int k = rng.Next(1, 5);
                            var evals = Enumerable.Range(0, k).Select(_ => (double)rng.Next(0, 20)).ToArray();
                            domain.Append(CultureInfo.InvariantCulture, $"<issue index=\"{index}\" name=\"d{i}\" type=\"discrete\">");
                            profile.Append(CultureInfo.InvariantCulture, $"<issue index=\"{index}\" name=\"d{i}\" type=\"discrete\">");
                            for (int o = 0; o < k; o++)
                            {
                                domain.Append(CultureInfo.InvariantCulture, $"<item index=\"{o + 1}\" value=\"v{o}\"/>");
                                profile.Append(CultureInfo.InvariantCulture, $"<item index=\"{o + 1}\" value=\"v{o}\" evaluation=\"{evals[o]}\"/>");
                            }

                            domain.Append("</issue>\n");
                            profile.Append("</issue>\n");
                            double max = evals.Max();
                            evaluators.Add(v => max < 1e-5 ? 0 : evals[int.Parse(v[1..], CultureInfo.InvariantCulture)] / max);
                            break;
                        }

                    case 1:
                        {
                            int lo = rng.Next(-5, 3), hi = lo + rng.Next(0, 6);
                            double slope = Math.Round(rng.NextDouble() - 0.3, 3), offset = Math.Round(rng.NextDouble(), 3);
                            domain.Append(CultureInfo.InvariantCulture, $"<issue index=\"{index}\" name=\"n{i}\" type=\"integer\" lowerbound=\"{lo}\" upperbound=\"{hi}\"/>\n");
                            profile.Append(CultureInfo.InvariantCulture, $"<issue index=\"{index}\" name=\"n{i}\" type=\"integer\" lowerbound=\"{lo}\" upperbound=\"{hi}\"><evaluator ftype=\"linear\" slope=\"{slope}\" offset=\"{offset}\"/></issue>\n");
                            evaluators.Add(v => Math.Clamp(offset + (slope * (double.Parse(v, CultureInfo.InvariantCulture) - lo)), 0, 1));
                            break;
                        }

                    default:
                        {
                            double lo = rng.Next(0, 10), hi = lo + rng.Next(1, 30);
                            double p1 = Math.Round((rng.NextDouble() - 0.5) / 10, 4), p0 = Math.Round(rng.NextDouble(), 3);
                            domain.Append(CultureInfo.InvariantCulture, $"<issue index=\"{index}\" name=\"r{i}\" type=\"real\"><range lowerbound=\"{lo}\" upperbound=\"{hi}\"/></issue>\n");
                            profile.Append(CultureInfo.InvariantCulture, $"<issue index=\"{index}\" name=\"r{i}\" type=\"real\"><range lowerbound=\"{lo}\" upperbound=\"{hi}\"/><evaluator ftype=\"linear\" parameter1=\"{p1}\" parameter0=\"{p0}\"/></issue>\n");
                            evaluators.Add(v => Math.Clamp((p1 * double.Parse(v, CultureInfo.InvariantCulture)) + p0, 0, 1));
                            break;
                        }
                }

                double w = Math.Round(0.01 + (rng.NextDouble() * 0.6), 3);
                weights.Add(w);
                profile.Append(CultureInfo.InvariantCulture, $"<weight index=\"{index}\" value=\"{w}\"/>\n");
            }

            domain.Append("</objective></utility_space></negotiation_template>");
            profile.Append("</objective><reservation value=\"0.1\"/></utility_space>");

            var result = GeniusImporter.Parse(new SourceText("d.xml", domain.ToString()), [new SourceText("p.xml", profile.ToString())]);
            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
            var problem = AgreementProblem.From(result.Value!);
            var utility = problem.Utilities[0];
            var package = new int[issues];
            for (int sample = 0; sample < 10; sample++)
            {
                double expected = 0;
                for (int i = 0; i < issues; i++)
                {
                    package[i] = rng.Next(problem.Space.Cardinalities[i]);
                    expected += weights[i] * evaluators[i](problem.Space.OptionNames[i][package[i]]);
                }

                Assert.Equal(Math.Min(expected, 1), utility.Of(package), 9);
            }

            Assert.Equal(0.1, utility.ReservationValue);
        }, iter: 300);
    }
}
