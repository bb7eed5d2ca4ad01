package org.dipanno.rules.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Values of the language's own token forms: a {@code /regex/} holds the Java
 * regular expression between the slashes ({@code \/} stands for a slash); a
 * normalized value or annotation-set name may be written bare or quoted.
 */
public class RulesValueConverters extends DefaultTerminalConverters {

	/** A name or value written as an identifier, a number or a quoted string. */
	@ValueConverter(rule = "NormalizedValue")
	public IValueConverter<String> normalizedValue() {
		return nameOrString();
	}

	@ValueConverter(rule = "SetName")
	public IValueConverter<String> setName() {
		return nameOrString();
	}

	private IValueConverter<String> nameOrString() {
		IValueConverter<String> string = STRING();
		return new IValueConverter<>() {
			@Override
			public String toValue(String text, INode node) throws ValueConverterException {
				if (text != null && (text.startsWith("\"") || text.startsWith("'"))) {
					return string.toValue(text, node);
				}
				return text;
			}

			@Override
			public String toString(String value) throws ValueConverterException {
				return value.matches("[A-Za-z_][A-Za-z_0-9]*|[0-9]+") ? value : string.toString(value);
			}
		};
	}

	/** The regular expression between the slashes. */
	@ValueConverter(rule = "REGEX")
	public IValueConverter<String> regex() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String text, INode node) throws ValueConverterException {
				if (text == null || text.length() < 2) {
					throw new ValueConverterException("A regular expression is written /.../", node, null);
				}
				return text.substring(1, text.length() - 1).replace("\\/", "/");
			}

			@Override
			public String toString(String value) throws ValueConverterException {
				StringBuilder text = new StringBuilder("/");
				for (int i = 0; i < value.length(); i++) {
					char c = value.charAt(i);
					if (c == '\\' && i + 1 < value.length()) {
						text.append(c).append(value.charAt(++i));
					} else if (c == '/') {
						text.append("\\/");
					} else {
						text.append(c);
					}
				}
				return text.append('/').toString();
			}
		};
	}
}
