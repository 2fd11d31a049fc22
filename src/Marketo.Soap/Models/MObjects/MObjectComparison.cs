namespace Marketo.Soap.Models;

/// <summary>How an <see cref="MObjectCriterion"/> compares (<c>ComparisonEnum</c> on the wire).</summary>
public enum MObjectComparison
{
    /// <summary>Equal (<c>EQ</c>).</summary>
    Equal,

    /// <summary>Not equal (<c>NE</c>).</summary>
    NotEqual,

    /// <summary>Less than (<c>LT</c>).</summary>
    LessThan,

    /// <summary>Less than or equal (<c>LE</c>).</summary>
    LessThanOrEqual,

    /// <summary>Greater than (<c>GT</c>).</summary>
    GreaterThan,

    /// <summary>Greater than or equal (<c>GE</c>).</summary>
    GreaterThanOrEqual,
}
