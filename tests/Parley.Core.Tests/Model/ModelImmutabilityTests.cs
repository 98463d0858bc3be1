using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Parley.Core.Model;

namespace Parley.Core.Tests.Model;

/// <summary>
/// A convention test: every public type of the model, and every Core type reachable from it (the
/// conflict and dynamics sections, lever effects and their subtypes), is immutable.
/// </summary>
public sealed class ModelImmutabilityTests
{
    private static readonly Assembly Core = typeof(Scenario).Assembly;

    public static TheoryData<Type> ModelTypes
    {
        get
        {
            var data = new TheoryData<Type>();
            foreach (var type in Reachable().OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                data.Add(type);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void ModelType_HasNoPublicSettersAndNoMutableState(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.SetMethod;
            if (setter is not null && setter.IsPublic)
            {
                // init-only setters carry the IsExternalInit modifier; only those are allowed.
                bool initOnly = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit));
                Assert.True(initOnly, $"{type.Name}.{property.Name} has a public setter.");
            }

            Assert.True(IsImmutableShape(property.PropertyType), $"{type.Name}.{property.Name} is of mutable type {property.PropertyType.Name}.");
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} is a writable field.");
        }
    }

    [Fact]
    public void ModelTypes_IncludeTheModelAndItsSections()
    {
        // Guards the theory above against silently testing nothing.
        var types = Reachable();
        Assert.Contains(typeof(Scenario), types);
        Assert.Contains(typeof(WalkAwayChange), types);
        Assert.True(types.Count >= 20);
    }

    // The model namespace plus every Core type reachable from it through properties and subclassing.
    private static HashSet<Type> Reachable()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(Core.GetExportedTypes().Where(t => t.Namespace == typeof(Scenario).Namespace && !t.IsEnum && !t.IsInterface));
        while (queue.Count > 0)
        {
            var t = queue.Dequeue();
            if (!seen.Add(t))
            {
                continue;
            }

            foreach (var sub in Core.GetExportedTypes().Where(s => s.IsSubclassOf(t)))
            {
                queue.Enqueue(sub);
            }

            foreach (var p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                foreach (var inner in Components(p.PropertyType))
                {
                    if (inner.Assembly == Core && !inner.IsEnum && !inner.IsInterface)
                    {
                        queue.Enqueue(inner);
                    }
                }
            }
        }

        return seen;
    }

    private static IEnumerable<Type> Components(Type t)
    {
        yield return Nullable.GetUnderlyingType(t) ?? t;
        if (t.IsGenericType)
        {
            foreach (var a in t.GetGenericArguments().SelectMany(Components))
            {
                yield return a;
            }
        }
    }

    // A property's type must be immutable in shape: primitives, strings, immutable collections of such, or
    // Core types (which the theory checks in turn). Arrays, lists and dictionaries are not allowed.
    private static bool IsImmutableShape(Type t)
    {
        if (t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(System.Numerics.BigInteger))
        {
            return true;
        }

        if (Nullable.GetUnderlyingType(t) is { } inner)
        {
            return IsImmutableShape(inner);
        }

        if (t.IsGenericType)
        {
            var def = t.GetGenericTypeDefinition();
            if (def == typeof(ImmutableArray<>) || def == typeof(KeyValuePair<,>) || def == typeof(ImmutableDictionary<,>) || def == typeof(ImmutableSortedDictionary<,>))
            {
                return t.GetGenericArguments().All(IsImmutableShape);
            }
        }

        if (t.IsArray || typeof(IEnumerable).IsAssignableFrom(t))
        {
            return false;
        }

        return t.Assembly == Core || t.IsValueType;
    }
}
