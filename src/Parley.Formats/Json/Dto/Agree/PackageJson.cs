using System.Collections.Immutable;
using Parley.Core.Agreement;

namespace Parley.Formats.Json.Dto.Agree;

/// <summary>Packages and utility vectors as the JSON objects the agree DTOs hold (keys in issue and actor order).</summary>
internal static class PackageJson
{
    public static Dictionary<string, string> Choices(AgreementResult result, ImmutableArray<int> package)
    {
        var map = new Dictionary<string, string>(result.IssueIds.Length);
        for (int i = 0; i < result.IssueIds.Length; i++)
        {
            map[result.IssueIds[i]] = result.OptionIds[i][package[i]];
        }

        return map;
    }

    public static Dictionary<string, string> Pairs(ImmutableArray<string> keys, ImmutableArray<string> values)
    {
        var map = new Dictionary<string, string>(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            map[keys[i]] = values[i];
        }

        return map;
    }

    public static Dictionary<string, double> Utilities(ImmutableArray<string> actors, ImmutableArray<double> utilities)
    {
        var map = new Dictionary<string, double>(actors.Length);
        for (int a = 0; a < actors.Length; a++)
        {
            map[actors[a]] = utilities[a];
        }

        return map;
    }
}
