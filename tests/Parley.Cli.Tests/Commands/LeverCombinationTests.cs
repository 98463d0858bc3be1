using System.Text.Json;
using Parley.Tests;

namespace Parley.Cli.Tests.Commands;

/// <summary>Every command takes <c>--lever a+b</c> (levers pulled together) and refuses an unknown lever in it the same way.</summary>
public sealed class LeverCombinationTests
{
    private const string Combination = "us-halts-aid+eu-tightens-sanctions";
    private static readonly string Istanbul = RepoPaths.InRepo("scenarios", "istanbul-2025.yaml");

    public static TheoryData<string[]> Commands => new()
    {
        new[] { "agree", "--track", "ceasefire" },
        new[] { "stability" },
        new[] { "forecast", "--runs", "20" },
        new[] { "dynamics", "--step", "6" },
        new[] { "simulate", "--rounds", "10", "--track", "humanitarian" },
        new[] { "compare" },
        new[] { "analyze" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_LeverCombination_IsAccepted(string[] command)
    {
        var (code, output) = CliRun.Invoke([command[0], Istanbul, .. command[1..], "--lever", Combination, "--format", "json"]);

        Assert.True(code == 0, $"exit {code}: {output[..Math.Min(output.Length, 2000)]}");
        using var document = JsonDocument.Parse(output);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_UnknownLeverInACombination_IsAUsageErrorNamingIt(string[] command)
    {
        var (code, output) = CliRun.Invoke([command[0], Istanbul, .. command[1..], "--lever", "us-halts-aid+no-such-lever"]);

        Assert.Equal(2, code);
        Assert.Contains("no lever 'no-such-lever'", output, StringComparison.Ordinal);
    }
}
