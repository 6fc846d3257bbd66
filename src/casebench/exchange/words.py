"""256 short, distinct English words: one per byte, for reading fingerprints aloud."""

from __future__ import annotations

WORDS: tuple[str, ...] = tuple("""
    acid acorn actor adult agent album alarm alpha amber anchor angle ankle apple april arena
    armor arrow atlas attic audio autumn badge bagel baker bamboo banjo barn basil basket beach
    beacon bean bear beaver bell berry bike bison blade blanket bloom board boat bonus boot
    bottle bowl box brain brass bread brick bridge broom brush bucket buffalo bugle cabin cactus
    camel camera canal candle canoe canvas canyon carbon carpet carrot castle cedar cello chair
    chalk cherry chess chief cider circle clock cloud clover coast cobra cocoa comet coral
    cotton cousin crane crater cricket crown cube dancer delta denim desert diamond dinner
    doctor dolphin donkey dragon drum eagle earth echo elbow ember engine falcon feather fern
    ferry fiddle finch flame flute forest fossil fox galaxy garden garlic gecko geyser ginger
    glacier globe goat gold grape gravel guitar hammer harbor hazel helmet heron honey hornet
    hotel husky igloo index iris island ivory jacket jaguar jasmine jelly jersey jungle kayak
    kernel kettle kiwi koala ladder lagoon lamp lantern laser lemon leopard lily linen lion
    lizard lobster locket lotus magnet mango maple marble meadow melon mercury meteor mint
    mirror monkey moose mosaic motor mountain mule napkin nectar needle nickel noodle nutmeg
    oasis ocean olive onion opal orange orbit orchid otter owl oyster paddle palace panda
    panther paper parrot peach peanut pebble pelican pepper piano pigeon pillow pilot pine
    planet plum pocket polar pony poppy potato prism pumpkin puzzle quartz quill rabbit radar
    radio raven ribbon river robin rocket rose ruby saddle salmon sandal saturn scarf shark
    shell silver sketch sparrow
""".split())

assert len(WORDS) == 256 and len(set(WORDS)) == 256


def to_words(data: bytes) -> list[str]:
    return [WORDS[b] for b in data]
