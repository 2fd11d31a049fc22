using System.Reflection;
using System.Runtime.CompilerServices;

namespace Marketo.Soap.Tests.Conventions;

/// <summary>
/// Reflection checks of the house rules for a public API. Each returns the violations it found,
/// one readable line each, so a test can both assert none on the library and some on a bad type.
/// </summary>
internal static class ApiConventions
{
    public const string GeneratedNamespace = "Marketo.Soap.Generated";

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Public types of the library outside the generated proxy.</summary>
    public static IEnumerable<Type> HandWrittenPublicTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(t => t.Namespace != GeneratedNamespace);

    /// <summary>Members a user of the type can see: public, protected, or protected internal.</summary>
    public static IEnumerable<MemberInfo> VisibleMembers(Type type) =>
        type.GetMembers(Declared).Where(IsVisible);

    /// <summary>Every visible signature (base type, interfaces, members) that names a proxy type.</summary>
    public static IEnumerable<string> GeneratedTypesInSignatures(Type type)
    {
        var baseTypes = new[] { type.BaseType }.Concat(type.GetInterfaces()).OfType<Type>();
        foreach (var leak in baseTypes.Where(MentionsGenerated))
        {
            yield return $"{type.FullName} derives from {leak}";
        }

        foreach (var member in VisibleMembers(type))
        {
            foreach (var leak in SignatureTypes(member).Where(MentionsGenerated))
            {
                yield return $"{type.FullName}.{member.Name} uses {leak}";
            }
        }
    }

    /// <summary>Every visible method that returns a task must end in Async and take a defaulted CancellationToken last, and the reverse.</summary>
    // AsPages is a view of a read already started, as Azure's AsyncPageable<T>.AsPages is: it takes
    // a continuation token, and cancellation comes from the read's method or WithCancellation.
    private static bool IsPageView(MethodInfo method) =>
        method.Name == nameof(MarketoAsyncPageable<int>.AsPages) && method.DeclaringType is { IsGenericType: true } declaring
        && declaring.GetGenericTypeDefinition() == typeof(MarketoAsyncPageable<>);

    public static IEnumerable<string> AsyncMethodViolations(Type type)
    {
        foreach (var method in VisibleMembers(type).OfType<MethodInfo>().Where(m => !m.IsSpecialName && !IsPageView(m)))
        {
            // A stream of results is asynchronous too, and .NET names it the same way (ReadAllAsync);
            // so is a paged read.
            var returnsTask = typeof(Task).IsAssignableFrom(method.ReturnType) || method.ReturnType == typeof(ValueTask)
                || (method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() is var open
                    && (open == typeof(ValueTask<>) || open == typeof(IAsyncEnumerable<>) || open == typeof(MarketoAsyncPageable<>)));
            var endsInAsync = method.Name.EndsWith("Async", StringComparison.Ordinal);
            if (returnsTask != endsInAsync)
            {
                yield return $"{type.Name}.{method.Name}: {(returnsTask ? "returns a task but does not end in Async" : "ends in Async but returns no task")}";
                continue;
            }

            if (!returnsTask)
            {
                continue;
            }

            var last = method.GetParameters().LastOrDefault();
            if (last is null || last.ParameterType != typeof(CancellationToken))
            {
                yield return $"{type.Name}.{method.Name}: the last parameter is not a CancellationToken";
            }
            else if (!last.HasDefaultValue)
            {
                yield return $"{type.Name}.{method.Name}: the CancellationToken has no default";
            }
        }
    }

    /// <summary>A request model must be a sealed record whose properties are init-only or get-only, with read-only lists.</summary>
    public static IEnumerable<string> RequestModelViolations(Type type)
    {
        if (!type.IsSealed)
        {
            yield return $"{type.Name} is not sealed";
        }

        if (type.GetMethod("<Clone>$") is null)
        {
            yield return $"{type.Name} is not a record";
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            {
                yield return $"{type.Name}.{property.Name} has a public setter that is not init-only";
            }

            if (IsMutableCollection(property.PropertyType))
            {
                yield return $"{type.Name}.{property.Name} is a {property.PropertyType.Name}, not an IReadOnlyList<T>";
            }
        }
    }

    /// <summary>A result model must expose no public setter (init included) and only read-only lists.</summary>
    public static IEnumerable<string> ResultModelViolations(Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true })
            {
                yield return $"{type.Name}.{property.Name} has a public setter";
            }

            if (IsMutableCollection(property.PropertyType))
            {
                yield return $"{type.Name}.{property.Name} is a {property.PropertyType.Name}, not an IReadOnlyList<T>";
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            yield return $"{type.Name}.{field.Name} is a public field";
        }
    }

    /// <summary>Every public instance member that is not virtual, except the ones named in <paramref name="allowed"/>.</summary>
    public static IEnumerable<string> NonVirtualPublicMembers(Type type, IReadOnlyCollection<string> allowed)
    {
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            var signature = $"{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";
            if ((!method.IsVirtual || method.IsFinal) && !allowed.Contains(signature))
            {
                yield return $"{type.Name}.{signature} is not virtual";
            }
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        Type t => t.IsNestedPublic || t.IsNestedFamily || t.IsNestedFamORAssem,
        _ => false,
    };

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
        ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
        PropertyInfo p => p.GetIndexParameters().Select(i => i.ParameterType).Append(p.PropertyType),
        FieldInfo f => [f.FieldType],
        EventInfo e => e.EventHandlerType is { } handler ? [handler] : [],
        Type t => [t],
        _ => [],
    };

    private static bool MentionsGenerated(Type type)
    {
        if (type.HasElementType)
        {
            return MentionsGenerated(type.GetElementType()!);
        }

        return type.Namespace == GeneratedNamespace || (type.IsGenericType && type.GetGenericArguments().Any(MentionsGenerated));
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsMutableCollection(Type type)
    {
        if (type == typeof(string) || !typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            return false;
        }

        return !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>));
    }
}
