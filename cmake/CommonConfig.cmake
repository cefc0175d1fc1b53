# One INTERFACE target carries the language standard, warnings and Qt defines for every
# Dockside target, so no target repeats them.
add_library(dockside_common INTERFACE)
target_compile_features(dockside_common INTERFACE cxx_std_20)
target_compile_definitions(dockside_common INTERFACE DOCKSIDE_VERSION="${PROJECT_VERSION}")
target_compile_definitions(dockside_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ZX_USE_UTF8=1
)
target_compile_options(dockside_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wno-missing-field-initializers
)
if(DOCKSIDE_WERROR)
    target_compile_options(dockside_common INTERFACE -Werror)
endif()
if(DOCKSIDE_ASAN OR DOCKSIDE_FUZZ)
    # Undefined behaviour is an error, not a message: the sanitizer runs must fail on it.
    target_compile_options(dockside_common INTERFACE -fsanitize=address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(dockside_common INTERFACE -fsanitize=address,undefined)
endif()
if(DOCKSIDE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "DOCKSIDE_FUZZ needs clang (CXX=clang++); see scripts/fuzz")
    endif()
    # Coverage instrumentation everywhere; only the fuzz targets link libFuzzer's main.
    target_compile_options(dockside_common INTERFACE -fsanitize=fuzzer-no-link)
endif()
