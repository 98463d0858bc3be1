using System.Reflection;
using Parley.Core.Model;

namespace Parley.Core.Tests.Model;

/// <summary>
/// A convention test: the model (<c>Parley.Core.Model</c> and the namespaces below it) depends on no
/// other part of Core, so the engines read the model and never the other way round.
/// </summary>
public sealed class ModelDependencyTests
{
    private const string ModelNamespace = "Parley.Core.Model";
    private static readonly Assembly Core = typeof(Scenario).Assembly;

    [Fact]
    public void ModelTypes_ReferenceNoCoreTypeOutsideTheModel()
    {
        var offences = new List<string>();
        foreach (var type in Core.GetTypes().Where(IsModel))
        {
            foreach (var (member, referenced) in Signatures(type))
            {
                foreach (var used in Expand(referenced))
                {
                    if (used.Assembly == Core && !IsModel(used) && !IsCompilerGenerated(used))
                    {
                        offences.Add($"{type.FullName}.{member} uses {used.FullName}");
                    }
                }
            }
        }

        Assert.True(offences.Count == 0, "The model depends on engines:\n" + string.Join("\n", offences.Distinct()));
    }

    [Fact]
    public void ModelNamespace_HoldsTheConflictAndDynamicsSections()
    {
        // Guards the test above against passing because it looks at nothing.
        var namespaces = Core.GetTypes().Where(IsModel).Select(t => t.Namespace).Distinct().ToList();
        Assert.Contains("Parley.Core.Model", namespaces);
        Assert.Contains("Parley.Core.Model.Conflicts", namespaces);
        Assert.Contains("Parley.Core.Model.Dynamics", namespaces);
    }

    [Fact]
    public void Check_FindsAnOffence_WhenAModelTypeUsesAnEngine()
    {
        // The walk over signatures sees a parameter's type: an engine type there would be caught.
        var method = typeof(ModelDependencyTests).GetMethod(nameof(Uses), BindingFlags.NonPublic | BindingFlags.Static)!;
        var seen = Signatures(typeof(ModelDependencyTests)).SelectMany(s => Expand(s.Type)).ToList();
        Assert.Contains(typeof(Parley.Core.Agreement.AgreementProblem), seen);
        Assert.NotNull(method);
    }

    private static void Uses(Parley.Core.Agreement.AgreementProblem problem) => GC.KeepAlive(problem);

    private static bool IsModel(Type type) =>
        type.Namespace is { } ns && (ns == ModelNamespace || ns.StartsWith(ModelNamespace + ".", StringComparison.Ordinal));

    private static bool IsCompilerGenerated(Type type) => type.Name.StartsWith('<');

    private static IEnumerable<(string Member, Type Type)> Signatures(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType)
        {
            yield return ("(base)", baseType);
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return ("(interface)", i);
        }

        foreach (var field in type.GetFields(all))
        {
            yield return (field.Name, field.FieldType);
        }

        foreach (var property in type.GetProperties(all))
        {
            yield return (property.Name, property.PropertyType);
        }

        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                yield return (method.Name, info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return ($"{method.Name}({parameter.Name})", parameter.ParameterType);
            }
        }
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Expand(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                foreach (var t in Expand(argument))
                {
                    yield return t;
                }
            }

            yield return type.GetGenericTypeDefinition();
            yield break;
        }

        yield return type;
    }
}
