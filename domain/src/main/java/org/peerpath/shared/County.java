package org.peerpath.shared;

/** The 58 California counties; each runs its own Medi-Cal behavioral health plan (CTY). */
public enum County {
    ALAMEDA("Alameda"),
    ALPINE("Alpine"),
    AMADOR("Amador"),
    BUTTE("Butte"),
    CALAVERAS("Calaveras"),
    COLUSA("Colusa"),
    CONTRA_COSTA("Contra Costa"),
    DEL_NORTE("Del Norte"),
    EL_DORADO("El Dorado"),
    FRESNO("Fresno"),
    GLENN("Glenn"),
    HUMBOLDT("Humboldt"),
    IMPERIAL("Imperial"),
    INYO("Inyo"),
    KERN("Kern"),
    KINGS("Kings"),
    LAKE("Lake"),
    LASSEN("Lassen"),
    LOS_ANGELES("Los Angeles"),
    MADERA("Madera"),
    MARIN("Marin"),
    MARIPOSA("Mariposa"),
    MENDOCINO("Mendocino"),
    MERCED("Merced"),
    MODOC("Modoc"),
    MONO("Mono"),
    MONTEREY("Monterey"),
    NAPA("Napa"),
    NEVADA("Nevada"),
    ORANGE("Orange"),
    PLACER("Placer"),
    PLUMAS("Plumas"),
    RIVERSIDE("Riverside"),
    SACRAMENTO("Sacramento"),
    SAN_BENITO("San Benito"),
    SAN_BERNARDINO("San Bernardino"),
    SAN_DIEGO("San Diego"),
    SAN_FRANCISCO("San Francisco"),
    SAN_JOAQUIN("San Joaquin"),
    SAN_LUIS_OBISPO("San Luis Obispo"),
    SAN_MATEO("San Mateo"),
    SANTA_BARBARA("Santa Barbara"),
    SANTA_CLARA("Santa Clara"),
    SANTA_CRUZ("Santa Cruz"),
    SHASTA("Shasta"),
    SIERRA("Sierra"),
    SISKIYOU("Siskiyou"),
    SOLANO("Solano"),
    SONOMA("Sonoma"),
    STANISLAUS("Stanislaus"),
    SUTTER("Sutter"),
    TEHAMA("Tehama"),
    TRINITY("Trinity"),
    TULARE("Tulare"),
    TUOLUMNE("Tuolumne"),
    VENTURA("Ventura"),
    YOLO("Yolo"),
    YUBA("Yuba");

    private final String displayName;

    County(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
