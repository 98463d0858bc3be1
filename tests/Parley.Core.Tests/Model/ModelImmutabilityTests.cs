using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Parley.Core.Model;

namespace Parley.Core.Tests.Model;

/// <summary>A convention test: every public type of the model is immutable.</summary>
public sealed class ModelImmutabilityTests
{
    public static TheoryData<Type> ModelTypes
    {
        get
        {
            var data = new TheoryData<Type>();
            foreach (var type in typeof(Scenario).Assembly.GetExportedTypes()
                .Where(t => t.Namespace == typeof(Scenario).Namespace && !t.IsEnum && !t.IsInterface)
                .OrderBy(t => t.Name, StringComparer.Ordinal))
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

            Assert.True(IsImmutableType(property.PropertyType), $"{type.Name}.{property.Name} is of mutable type {property.PropertyType.Name}.");
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            Assert.True(field.IsInitOnly, $"{type.Name}.{field.Name} is a writable field.");
            Assert.True(IsImmutableType(field.FieldType), $"{type.Name}.{field.Name} is of mutable type {field.FieldType.Name}.");
        }
    }

    [Fact]
    public void ModelTypes_AreFound()
    {
        // Guards the theory above against silently testing nothing.
        Assert.True(ModelTypes.Count >= 15);
    }

    private static bool IsImmutableType(Type t)
    {
        if (t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal))
        {
            return true;
        }

        if (Nullable.GetUnderlyingType(t) is { } inner)
        {
            return IsImmutableType(inner);
        }

        if (t.IsGenericType)
        {
            var def = t.GetGenericTypeDefinition();
            if (def == typeof(ImmutableArray<>) || def == typeof(KeyValuePair<,>))
            {
                return t.GetGenericArguments().All(IsImmutableType);
            }
        }

        if (t.IsArray || typeof(IEnumerable).IsAssignableFrom(t))
        {
            return false;
        }

        // Model types themselves are checked by the theory; anything else from outside must be a value type.
        return t.Namespace == typeof(Scenario).Namespace || t.IsValueType;
    }
}
