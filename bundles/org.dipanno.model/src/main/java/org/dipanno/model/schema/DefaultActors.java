package org.dipanno.model.schema;

import org.dipanno.model.Actor;
import org.dipanno.model.ActorKind;
import org.dipanno.model.ActorRegistry;
import org.dipanno.model.ModelFactory;
import org.dipanno.model.custom.DipannoModel;

/**
 * The actor registry dipanno starts a corpus with: the three countries of the seed corpus and the persons and
 * organisations its articles name, each with the Vietnamese spellings found in the news ("Mỹ" = "Hoa Kỳ" = USA).
 */
public final class DefaultActors {

	private DefaultActors() {
	}

	/** A new copy of the default registry (each corpus owns its own). */
	public static ActorRegistry create() {
		DipannoModel.init();
		ActorRegistry registry = ModelFactory.eINSTANCE.createActorRegistry();
		Actor vietnam = country(registry, "VNM", "Việt Nam", "VN", "Viet Nam", "Vietnam");
		Actor china = country(registry, "CHN", "Trung Quốc", "Trung Hoa", "China", "Cộng hòa Nhân dân Trung Hoa");
		Actor usa = country(registry, "USA", "Hoa Kỳ", "Mỹ", "United States", "Hợp chúng quốc Hoa Kỳ");

		Actor mofcom = organization(registry, "chn-mofcom", "Bộ Thương mại Trung Quốc", china, "MOFCOM");
		Actor usDoc = organization(registry, "usa-doc", "Bộ Thương mại Hoa Kỳ", usa, "Bộ Thương mại Mỹ", "DOC");
		Actor ustr = organization(registry, "usa-ustr", "Văn phòng Đại diện Thương mại Hoa Kỳ", usa, "USTR");
		Actor moit = organization(registry, "vnm-moit", "Bộ Công Thương", vietnam, "Bộ Công Thương Việt Nam", "MOIT");
		Actor chinaMfa = organization(registry, "chn-mfa", "Bộ Ngoại giao Trung Quốc", china);
		Actor usState = organization(registry, "usa-dos", "Bộ Ngoại giao Hoa Kỳ", usa, "Bộ Ngoại giao Mỹ");
		organization(registry, "chn-xinhua", "Tân Hoa xã", china, "Xinhua");

		person(registry, "vuong-van-dao", "Vương Văn Đào", mofcom, "CHN", "commerce minister", "Wang Wentao");
		person(registry, "gina-raimondo", "Gina Raimondo", usDoc, "USA", "commerce secretary", "Raimondo");
		person(registry, "jamieson-greer", "Jamieson L. Greer", ustr, "USA", "trade representative",
				"Jamieson Greer");
		person(registry, "nguyen-hong-dien", "Nguyễn Hồng Diên", moit, "VNM", "minister of industry and trade");
		person(registry, "tan-cuong", "Tần Cương", chinaMfa, "CHN", "foreign minister", "Qin Gang");
		person(registry, "vuong-nghi", "Vương Nghị", chinaMfa, "CHN", "foreign minister", "Wang Yi");
		person(registry, "antony-blinken", "Antony Blinken", usState, "USA", "secretary of state", "Blinken");
		person(registry, "nicholas-burns", "Nicholas Burns", usState, "USA", "ambassador to China");
		person(registry, "tap-can-binh", "Tập Cận Bình", china, "CHN", "president", "Xi Jinping");
		person(registry, "pham-minh-chinh", "Phạm Minh Chính", vietnam, "VNM", "prime minister");
		return registry;
	}

	private static Actor country(ActorRegistry registry, String code, String name, String... aliases) {
		Actor actor = actor(registry, code, ActorKind.COUNTRY, name, aliases);
		actor.setCountryCode(code);
		return actor;
	}

	private static Actor organization(ActorRegistry registry, String id, String name, Actor country,
			String... aliases) {
		Actor actor = actor(registry, id, ActorKind.ORGANIZATION, name, aliases);
		actor.setAffiliation(country);
		actor.setCountryCode(country.getCountryCode());
		return actor;
	}

	private static Actor person(ActorRegistry registry, String id, String name, Actor affiliation, String countryCode,
			String position, String... aliases) {
		Actor actor = actor(registry, id, ActorKind.PERSON, name, aliases);
		actor.setAffiliation(affiliation);
		actor.setCountryCode(countryCode);
		actor.setPosition(position);
		return actor;
	}

	private static Actor actor(ActorRegistry registry, String id, ActorKind kind, String name, String... aliases) {
		Actor actor = ModelFactory.eINSTANCE.createActor();
		actor.setId(id);
		actor.setKind(kind);
		actor.setCanonicalName(name);
		actor.getAliases().addAll(java.util.List.of(aliases));
		registry.getActors().add(actor);
		return actor;
	}
}
