using System.Reflection;
using System.Runtime.CompilerServices;

namespace Marketo.Soap.Testing.Tests;

/// <summary>Rules every public type of Marketo.Soap.Testing keeps, checked by reflection so a new type cannot forget them.</summary>
public class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(MarketoSoapEmulator).Assembly.GetExportedTypes();

    [Fact]
    public void PublicTypes_LiveInTheOneNamespace()
    {
        Assert.All(PublicTypes, t => Assert.Equal("Marketo.Soap.Testing", t.Namespace));
    }

    [Fact]
    public void PublicSignatures_UseNoProxyType()
    {
        var offenders = PublicTypes
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(SignatureTypes)
            .Where(t => t.Namespace?.StartsWith("Marketo.Soap.Generated", StringComparison.Ordinal) == true)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void StoredRecords_AreImmutable()
    {
        var records = PublicTypes.Where(t => t.Name.StartsWith("Stored", StringComparison.Ordinal) || t == typeof(ForeignPersonId));

        Assert.All(records.SelectMany(t => t.GetProperties()), p =>
            Assert.True(p.SetMethod is null || IsInitOnly(p.SetMethod), $"{p.DeclaringType!.Name}.{p.Name} has a public setter"));
    }

    [Fact]
    public void PublicAsyncMethods_EndInAsyncAndTakeTheCancellationTokenLast()
    {
        var methods = PublicTypes
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType))
            .ToList();

        Assert.NotEmpty(methods);
        Assert.All(methods, m =>
        {
            Assert.EndsWith("Async", m.Name);
            Assert.Equal(typeof(CancellationToken), m.GetParameters().Last().ParameterType);
        });
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) || !setter.IsPublic;

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodBase method => method.GetParameters().Select(p => p.ParameterType).Append((method as MethodInfo)?.ReturnType ?? typeof(void)),
        PropertyInfo property => [property.PropertyType],
        FieldInfo field => [field.FieldType],
        _ => [],
    };
}
