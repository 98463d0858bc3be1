using Parley.Core.Agreement;
using Parley.Core.Dynamics;
using Parley.Core.Model.Dynamics;
using Parley.Formats.Genius;
using Parley.Tests;

namespace Parley.Formats.Tests.Genius;

/// <summary>Simulated negotiation on imported GENIUS domains (the dynamics engine on real files).</summary>
public sealed class GeniusNegotiationTests
{
    private static NegotiationProblem Import(string folder, string domain, params string[] profiles)
    {
        string dir = ReferenceData.File($"yasserfarouk-negmas/tests/data/scenarios/anac/{folder}");
        var result = GeniusImporter.Read(Path.Combine(dir, domain), [.. profiles.Select(p => Path.Combine(dir, p))]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return NegotiationProblem.From(AgreementProblem.From(result.Value!), folder.Split('/')[^1]);
    }

    [ReferenceFact]
    public void Energy_BoulwareVsBoulwareWithReservation095_RunsAllThousandRoundsWithoutAgreement()
    {
        var energy = Import("y2011/Energy", "energy_domain.xml", "energy_consumer.xml", "energy_distributor.xml")
            .WithReservation(0, _ => 0.95)
            .WithReservation(1, _ => 0.95);

        Assert.Equal(390_625, energy.OutcomeCount);
        var result = AlternatingOffers.Run(energy, [NegotiationStrategy.Boulware, NegotiationStrategy.Boulware], new NegotiationOptions(1000));

        Assert.False(result.Agreed);
        Assert.Equal(1000, result.RoundsPlayed);
        Assert.Equal<double>([0.95, 0.95], result.Utilities);
    }

    [ReferenceFact]
    public void ItexVsCypress_LinearVsLinear_AgreesOnAnOutcomeBothValueAboveTheirReservation()
    {
        var itex = Import("y2010/ItexvsCypress", "ItexvsCypress_domain.xml", "ItexvsCypress_Itex.xml", "ItexvsCypress_Cypress.xml");

        Assert.Equal(180, itex.OutcomeCount);
        var result = AlternatingOffers.Run(itex, [NegotiationStrategy.Linear, NegotiationStrategy.Linear], new NegotiationOptions(100));

        Assert.True(result.Agreed);
        Assert.InRange(result.AgreementRound!.Value, 2, 100);
        Assert.All(result.Utilities, u => Assert.InRange(u, 0.3, 1.0));
        Assert.Equal(itex.Utilities[0].Of(result.Package.AsSpan()), result.Utilities[0]);
    }
}
