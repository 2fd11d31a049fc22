using System.Collections;
using System.Reflection;

namespace Marketo.Soap.Tests.Serialization;

/// <summary>Compares two proxy object graphs member by member (public fields and properties, arrays item by item, dates with their kind).</summary>
internal static class ProxyEquality
{
    public static void AssertEqual(object? expected, object? actual, string path = "")
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {Describe(expected)}, got {Describe(actual)}");
            return;
        }

        var type = expected.GetType();
        Assert.True(type == actual.GetType(), $"{path}: expected a {type.Name}, got a {actual.GetType().Name}");
        if (expected is DateTime date)
        {
            var other = (DateTime)actual;
            Assert.True(date == other && date.Kind == other.Kind, $"{path}: expected {date:O} ({date.Kind}), got {other:O} ({other.Kind})");
            return;
        }

        if (type.IsPrimitive || type.IsEnum || expected is string or decimal)
        {
            Assert.True(expected.Equals(actual), $"{path}: expected {Describe(expected)}, got {Describe(actual)}");
            return;
        }

        if (expected is IList list)
        {
            var other = (IList)actual;
            Assert.True(list.Count == other.Count, $"{path}: expected {list.Count} items, got {other.Count}");
            for (var i = 0; i < list.Count; i++)
            {
                AssertEqual(list[i], other[i], $"{path}[{i}]");
            }

            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            AssertEqual(field.GetValue(expected), field.GetValue(actual), $"{path}.{field.Name}");
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertEqual(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }

    private static string Describe(object? value) => value is null ? "null" : $"'{value}'";
}
