using System.Net;
using Orleans.Runtime;
using Orleans.Runtime.Placement;
using Parley.Cluster.Sweeps;
using Parley.Core.Sweeps;

namespace Parley.Cluster.Tests.Sweeps;

/// <summary>
/// Every piece of a placement group on one silo; the groups spread over the silos; every silo decides alike; a sweep
/// of many variants has a group per variant, one of few variants deals each variant's pieces over several.
/// </summary>
public sealed class VariantPlacementDirectorTests
{
    private static readonly SiloAddress[] Silos = [.. Enumerable.Range(0, 3).Select(i => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 11111 + i), 1))];

    private static SiloAddress Place(string key, SiloAddress[] silos)
    {
        var target = new PlacementTarget(GrainId.Create("sweep-piece", key), [], GrainInterfaceType.Create("piece"), 0);
        return new VariantPlacementDirector().OnAddActivation(VariantPlacement.Singleton, target, new Context(silos)).Result;
    }

    [Fact]
    public void OnAddActivation_PiecesOfOneVariant_GoToOneSilo_WhateverOrderTheSilosAreListedIn()
    {
        for (int variant = 0; variant < 50; variant++)
        {
            var first = Place(SweepPieceGrain.Key("sweep/a", variant, variant * 10), Silos);
            for (int piece = variant * 10; piece < variant * 10 + 10; piece++)
            {
                Assert.Equal(first, Place(SweepPieceGrain.Key("sweep/a", variant, piece), Silos));
                Assert.Equal(first, Place(SweepPieceGrain.Key("sweep/a", variant, piece), [.. Silos.Reverse()]));
            }
        }
    }

    [Fact]
    public void OnAddActivation_ManyVariants_SpreadOverEverySilo()
    {
        var counts = Enumerable.Range(0, 600)
            .Select(v => Place(SweepPieceGrain.Key("istanbul-claims-1a2b3c4d", v, v), Silos))
            .GroupBy(s => s)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(3, counts.Count);
        Assert.All(counts.Values, c => Assert.InRange(c, 150, 250));
    }

    [Fact]
    public void OnAddActivation_ASiloLeft_PlacesOnTheOthers()
    {
        var left = Silos[..2];

        for (int variant = 0; variant < 30; variant++)
        {
            Assert.Contains(Place(SweepPieceGrain.Key("s", variant, 0), left), left);
        }
    }

    [Fact]
    public void PlacementGroup_ManyVariants_IsTheVariant()
    {
        var definition = Definition("levers: all", draws: 8, perPiece: 4);
        Assert.Equal(64, definition.Variants.Length);

        for (int piece = 0; piece < definition.PieceCount; piece++)
        {
            Assert.Equal(piece / definition.PiecesPerVariant, ClusterSweep.PlacementGroup(definition, piece));
        }
    }

    [Theory]
    [InlineData("levers: [[]]", 1000, 10, 64)]
    [InlineData("levers: [[], [strike-fund-boost]]", 100, 10, 20)]
    [InlineData("levers: [[], [strike-fund-boost], [spring-order]]", 400, 10, 66)]
    public void PlacementGroup_FewVariants_DealsEachVariantOverSeveralGroups(string levers, int draws, int perPiece, int groups)
    {
        var definition = Definition(levers, draws, perPiece);
        var byPiece = Enumerable.Range(0, (int)definition.PieceCount).Select(p => ClusterSweep.PlacementGroup(definition, p)).ToList();

        Assert.Equal(groups, byPiece.Distinct().Count());
        // A group never mixes variants: its pieces share one variant's setup.
        Assert.All(byPiece.Select((g, p) => (g, p)).GroupBy(x => x.g), g => Assert.Single(g.Select(x => x.p / definition.PiecesPerVariant).Distinct()));
    }

    private static SweepDefinition Definition(string levers, int draws, int perPiece) =>
        LabourSpec.Read($"{levers}\ndraws: {draws}\ndraws-per-piece: {perPiece}").Definition;

    private sealed class Context(SiloAddress[] silos) : IPlacementContext
    {
        public SiloAddress LocalSilo => silos[0];

        public SiloStatus LocalSiloStatus => SiloStatus.Active;

        public SiloAddress[] GetCompatibleSilos(PlacementTarget target) => silos;

        public IReadOnlyDictionary<ushort, SiloAddress[]> GetCompatibleSilosWithVersions(PlacementTarget target) =>
            new Dictionary<ushort, SiloAddress[]> { [0] = silos };
    }
}
