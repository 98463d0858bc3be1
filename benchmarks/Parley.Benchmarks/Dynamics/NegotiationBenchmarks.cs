using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Parley.Core.Agreement;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Formats.Genius;

namespace Parley.Benchmarks.Dynamics;

/// <summary>
/// Simulated negotiation on an outcome space shaped like ANAC 2011 Energy (8 issues × 5 options =
/// 390,625 outcomes, two parties with opposed additive utilities), where NegMAS needs 270 s for
/// 1,000 rounds of Boulware vs Boulware with reservation values 0.95; and a small tournament.
/// </summary>
[MemoryDiagnoser]
public class NegotiationBenchmarks
{
    private NegotiationProblem _energy = null!;
    private NegotiationProblem[] _tournamentProblems = null!;
    private AgreementProblem _geniusEnergy = null!;
    private NegotiationProblem _geniusEnergyIndexed = null!;

    /// <summary>Reservation value of both parties: 0.95 leaves no deal (all 1,000 rounds run), 0 lets them agree.</summary>
    [Params(0.95, 0.0)]
    public double Reservation { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _energy = EnergyShaped(Reservation);
        _tournamentProblems =
        [
            Opposed("laptop-shaped", [3, 3, 3], 1),
            Opposed("itex-shaped", [5, 4, 3, 3], 2),
            Opposed("england-shaped", [4, 4, 3, 3, 4], 3),
        ];
        _geniusEnergy = ImportEnergy();
        _geniusEnergyIndexed = WithReservation(NegotiationProblem.From(_geniusEnergy, "energy"), Reservation);
    }

    /// <summary>1,000 rounds of Boulware vs Boulware on the real ANAC 2011 Energy files (imported and indexed in setup).</summary>
    [Benchmark]
    public NegotiationResult GeniusEnergyThousandRounds() =>
        AlternatingOffers.Run(_geniusEnergyIndexed, [NegotiationStrategy.Boulware, NegotiationStrategy.Boulware], new NegotiationOptions(1000));

    /// <summary>The same with the indexing of the imported problem included.</summary>
    [Benchmark]
    public NegotiationResult GeniusEnergyIndexAndThousandRounds() =>
        AlternatingOffers.Run(
            WithReservation(NegotiationProblem.From(_geniusEnergy, "energy"), Reservation),
            [NegotiationStrategy.Boulware, NegotiationStrategy.Boulware],
            new NegotiationOptions(1000));

    private static NegotiationProblem WithReservation(NegotiationProblem problem, double reservation) =>
        problem.WithReservation(0, _ => reservation).WithReservation(1, _ => reservation);

    // The Energy files from shared/reference (beside the repository, or above the benchmark binaries).
    private static AgreementProblem ImportEnergy()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string folder = Path.Combine(dir.FullName, "shared", "reference", "negotiation", "yasserfarouk-negmas", "tests", "data", "scenarios", "anac", "y2011", "Energy");
            if (Directory.Exists(folder))
            {
                var result = GeniusImporter.Read(
                    Path.Combine(folder, "energy_domain.xml"),
                    [Path.Combine(folder, "energy_consumer.xml"), Path.Combine(folder, "energy_distributor.xml")]);
                return AgreementProblem.From(result.Value ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics)));
            }
        }

        throw new DirectoryNotFoundException("shared/reference/negotiation (with the ANAC 2011 Energy files) was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>1,000 rounds of Boulware vs Boulware on the indexed Energy-shaped problem.</summary>
    [Benchmark]
    public NegotiationResult ThousandRounds() =>
        AlternatingOffers.Run(_energy, [NegotiationStrategy.Boulware, NegotiationStrategy.Boulware], new NegotiationOptions(1000));

    /// <summary>The same, end to end: evaluating and indexing all 390,625 outcomes for both parties, then 1,000 rounds.</summary>
    [Benchmark]
    public NegotiationResult IndexAndThousandRounds() =>
        AlternatingOffers.Run(EnergyShaped(Reservation), [NegotiationStrategy.Boulware, NegotiationStrategy.Boulware], new NegotiationOptions(1000));

    /// <summary>
    /// Every ordered pairing (self-play included) of Boulware, Linear, Conceder, tit-for-tat and the
    /// hard-liner over three small problems shaped like Laptop, ItexvsCypress and EnglandZimbabwe,
    /// 100 rounds each: 75 negotiations.
    /// </summary>
    [Benchmark]
    public TournamentResult SmallTournament() =>
        Tournament.Run(
            _tournamentProblems,
            [NegotiationStrategy.Boulware, NegotiationStrategy.Linear, NegotiationStrategy.Conceder, NegotiationStrategy.TitForTat, NegotiationStrategy.HardLiner],
            new NegotiationOptions(100));

    /// <summary>8 issues × 5 options, weights and values fixed by a seeded generator, utilities opposed.</summary>
    internal static NegotiationProblem EnergyShaped(double reservation) =>
        Opposed("energy-shaped", [5, 5, 5, 5, 5, 5, 5, 5], 2011, reservation);

    // Party A's values rise with the option index and B's fall, with seeded noise and weights.
    private static NegotiationProblem Opposed(string name, int[] cardinalities, int seed, double reservation = 0)
    {
        var random = new Random(seed);
        int issues = cardinalities.Length;
        var a = new ImmutableArray<double>[issues];
        var b = new ImmutableArray<double>[issues];
        var weightsA = Weights(random, issues);
        var weightsB = Weights(random, issues);
        for (int i = 0; i < issues; i++)
        {
            int k = cardinalities[i];
            var va = new double[k];
            var vb = new double[k];
            for (int o = 0; o < k; o++)
            {
                double x = k == 1 ? 1 : (double)o / (k - 1);
                va[o] = weightsA[i] * Math.Clamp(x + ((random.NextDouble() - 0.5) * 0.3), 0, 1);
                vb[o] = weightsB[i] * Math.Clamp(1 - x + ((random.NextDouble() - 0.5) * 0.3), 0, 1);
            }

            a[i] = [.. va];
            b[i] = [.. vb];
        }

        var options = cardinalities.Select(k => Enumerable.Range(0, k).Select(o => $"v{o}").ToImmutableArray()).ToImmutableArray();
        var space = new OutcomeSpace([.. Enumerable.Range(0, issues).Select(i => $"issue{i}")], options);
        return new NegotiationProblem(name, space, [new AdditiveUtility([.. a], reservation), new AdditiveUtility([.. b], reservation)]);
    }

    private static double[] Weights(Random random, int issues)
    {
        var w = new double[issues];
        double sum = 0;
        for (int i = 0; i < issues; i++)
        {
            w[i] = 0.5 + random.NextDouble();
            sum += w[i];
        }

        for (int i = 0; i < issues; i++)
        {
            w[i] /= sum;
        }

        return w;
    }
}
