using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;
using Parley.Formats.Gmcr;
using Parley.Tests;

namespace Parley.Formats.Tests.Gmcr;

public class GmcrVectorTests
{
    private static readonly Dictionary<string, StabilityConcept> Concepts = new()
    {
        ["nash"] = StabilityConcept.Nash,
        ["gmr"] = StabilityConcept.Gmr,
        ["smr"] = StabilityConcept.Smr,
        ["seq"] = StabilityConcept.Seq,
        ["sim"] = StabilityConcept.Sim,
        ["seq_plus_sim"] = StabilityConcept.SeqSim,
    };

    [ReferenceTheory]
    [InlineData("gmcrpy_Prisoners", "Prisoners.gmcr")]
    [InlineData("gmcrpy_SyriaIraq", "SyriaIraq.gmcr")]
    [InlineData("gmcrpy_Elmira", "Elmira.gmcr")]
    [InlineData("gmcrpy_Garrison", "Garrison.gmcr")]
    public void Read_ExampleFile_NumbersStatesAsGmcrPyAndReproducesTextbookEquilibria(string vector, string file)
    {
        var model = Load(file, out _);
        var results = ReferenceData.Vectors(vector).GetProperty("results");
        var decimals = results.GetProperty("decimal_of_state").EnumerateObject().ToList();
        Assert.Equal(decimals.Count, model.StateCount);
        foreach (var entry in decimals)
        {
            int s = int.Parse(entry.Name, CultureInfo.InvariantCulture) - 1;
            Assert.Equal(entry.Value.GetInt32(), model.DecimalCode(s));
        }

        foreach (var entry in results.GetProperty("yn_of_state").EnumerateObject())
        {
            Assert.Equal(entry.Value.GetString(), Parley.Formats.Words.StateLabels.Of(model, int.Parse(entry.Name, CultureInfo.InvariantCulture) - 1));
        }

        var result = StabilityAnalysis.Run(model);
        foreach (var (key, concept) in Concepts)
        {
            Assert.Equal(ReferenceData.Ints(results.GetProperty(key)), result.Equilibria(concept).Select(GraphModel.Ordinal));
        }
    }

    [ReferenceFact]
    public void Run_Garrison_StateSixIsGmrAndSmrStableWhereGmcrPyOmitsIt()
    {
        var model = Load("Garrison.gmcr", out _);
        var result = StabilityAnalysis.Run(model);
        Assert.Contains(5, result.Equilibria(StabilityConcept.Gmr));
        Assert.Contains(5, result.Equilibria(StabilityConcept.Smr));

        // Canadian Opposition's improvement 6 → 2 is deterred only by a sequence in which US Support moves twice.
        int co = model.DecisionMakers.IndexOf("Canadian Opposition");
        var why = StabilityExplainer.Explain(model, 5, co, StabilityConcept.Gmr);
        Assert.True(why.Stable);
        var toTwo = why.Improvements.Single(i => i.To == 1);
        Assert.Equal(
            [("US Support", 2, 1), ("US Opposition", 1, 4), ("US Support", 4, 3)],
            toTwo.Sanction.Select(m => (m.Mover, m.From + 1, m.To + 1)));
    }

    [ReferenceFact]
    public void Run_ElmiraPartitions_ReproducesGmcrPyCoalitionTable()
    {
        var model = Load("Elmira.gmcr", out _);
        var table = ReferenceData.Vectors("gmcrpy_Elmira").GetProperty("coalition_partitions_gmcr_py_semantics");
        var index = new Dictionary<string, int> { ["MoE"] = 0, ["UR"] = 1, ["LG"] = 2 };
        foreach (var row in table.EnumerateObject())
        {
            // "[MoE,UR],LG" → blocks [[0,1],[2]].
            var blocks = ParsePartition(row.Name, index);
            var result = StabilityAnalysis.Run(model, new StabilityOptions(Partition: blocks));
            foreach (var cell in row.Value.EnumerateObject())
            {
                Assert.True(
                    ReferenceData.Ints(cell.Value).SequenceEqual(result.Equilibria(Concepts[cell.Name]).Select(GraphModel.Ordinal)),
                    $"{row.Name} {cell.Name}: {string.Join(",", result.Equilibria(Concepts[cell.Name]).Select(GraphModel.Ordinal))}");
            }
        }
    }

    [ReferenceFact]
    public void Inverse_SyriaIraqStateTwo_GivesTextbookCountsNotGmcrPys()
    {
        var model = Load("SyriaIraq.gmcr", out _);
        var inverse = ReferenceData.Vectors("gmcrpy_SyriaIraq").GetProperty("inverse_gmcr");
        int desired = inverse.GetProperty("desired_state").GetInt32() - 1;
        int syria = model.DecisionMakers.IndexOf("Syria");
        var candidates = InverseAnalysis.Permutations(model, syria, 0, model.StateCount).ToList();
        Assert.Equal(720, candidates.Count);
        var result = InverseAnalysis.Run(model, desired, syria, candidates);
        foreach (var count in inverse.GetProperty("textbook_counts").EnumerateObject())
        {
            Assert.Equal(count.Value.GetInt32(), result.Count(Concepts[count.Name]));
        }

        // The counter-example to gmcr-py's "last improvement decides": Syria [1,3,4,2,5,6].
        var counter = ReferenceData.Ints(inverse.GetProperty("counter_example_syria_ranking")).Select(o => o - 1).ToImmutableArray();
        var single = InverseAnalysis.Run(model, desired, syria, [counter]);
        Assert.Equal(0, single.Count(StabilityConcept.Seq));
    }

    [ReferenceTheory]
    [InlineData("Elmira")]
    [InlineData("Garrison")]
    [InlineData("Prisoners")]
    [InlineData("SyriaIraq")]
    public void MovesFrom_ExampleFiles_MatchGmcrVisReachability(string name)
    {
        var model = Load(name + ".gmcr", out _);
        using var doc = JsonDocument.Parse(File.ReadAllText(ReferenceData.GmcrPath("data", "gmcr-vis", name + ".json")));
        var nodes = doc.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(model.StateCount, nodes.Count);
        foreach (var node in nodes)
        {
            int s = node.GetProperty("id").GetInt32();
            Assert.Equal(int.Parse(node.GetProperty("decimal").GetString()!, CultureInfo.InvariantCulture), model.DecimalCode(s));
            for (int d = 0; d < model.DecisionMakers.Length; d++)
            {
                var expected = node.GetProperty("reachable").EnumerateArray()
                    .Where(r => r.GetProperty("dm").GetString() == $"dm{d}")
                    .Select(r => r.GetProperty("target").GetInt32()).Order();
                Assert.Equal(expected, model.MovesFrom(d, s));
            }
        }
    }

    private static ImmutableArray<ImmutableArray<int>> ParsePartition(string text, Dictionary<string, int> index)
    {
        var blocks = new List<ImmutableArray<int>>();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == ',')
            {
                i++;
                continue;
            }

            if (text[i] == '[')
            {
                int end = text.IndexOf(']', i);
                blocks.Add([.. text[(i + 1)..end].Split(',').Select(n => index[n])]);
                i = end + 1;
            }
            else
            {
                int end = text.IndexOf(',', i);
                end = end < 0 ? text.Length : end;
                blocks.Add([index[text[i..end]]]);
                i = end;
            }
        }

        return [.. blocks];
    }

    internal static GraphModel Load(string file, out GmcrFile gmcr)
    {
        var read = GmcrReader.Read(ReferenceData.GmcrPath("data", file));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        gmcr = read.Value!;
        return GraphModel.FromConflict(gmcr.Conflict);
    }
}
